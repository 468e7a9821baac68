import pytest

from eventwire.quantities import parse_money, parse_number


@pytest.mark.parametrize("text,value,approx", [
    ("774", 774, False), ("more than 100,000", 100_000, True), ("tens of thousands", 10_000, True),
    ("dozens", 24, True), ("six", 6, False), ("1.5 million", 1_500_000, False), ("at least 12", 12, True),
])
def test_numbers(text, value, approx):
    assert parse_number(text) == (value, approx)


def test_money():
    assert parse_money("$1.5 billion") == (1.5e9, "USD")
    assert parse_money("€200 million") == (2e8, "EUR")
    assert parse_money("1.2 billion euros") == (1.2e9, "EUR")
    assert parse_money("26 years") is None
