"""Telegram channel on python-telegram-bot: updates become engine events, replies become Bot API calls.

The engine owns the conversation state; there is no ConversationHandler here.
"""
