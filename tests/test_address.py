"""An address is a value (channel, id): parsed from and written to the database's text, nowhere else."""

from __future__ import annotations

import pytest

from bot.address import Address, AddressError


def test_an_address_reads_back_from_the_text_it_is_stored_as() -> None:
    for address in (Address("telegram", "123456"), Address("console", "local"), Address("email", "a:b@x.example")):
        assert Address.parse(str(address)) == address
    assert str(Address("telegram", "42")) == "telegram:42"


def test_the_id_may_hold_a_colon_the_channel_may_not() -> None:
    assert Address.parse("transcript:nl:docent") == Address("transcript", "nl:docent")
    with pytest.raises(AddressError):
        Address("tele:gram", "1")


def test_text_without_a_channel_is_refused_with_the_form_to_write() -> None:
    with pytest.raises(AddressError, match="'telegram:42'"):
        Address.parse("42")
    with pytest.raises(AddressError):
        Address.parse("telegram:")
