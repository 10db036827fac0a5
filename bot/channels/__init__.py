"""Channels translate their input to engine events and render replies; nothing else."""
