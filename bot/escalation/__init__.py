"""Escalation to a municipal contact: directory, intake checks, tickets, durable delivery and replies."""
