"""Television networks' names and the kinds of work they make: one reader of the cue lists."""

import re

import pytest

from pipeline.tv_networks import names_network, network_heads, network_names


@pytest.mark.parametrize("text, name", [
    ("BBC One drama", "BBC One"),  # the longer name wins over "BBC"
    ("bbc three", "bbc three"),
    ("HBO special", "HBO"),
])
def test_tv_networks_names_match_longest_first(text, name):
    assert re.match(f"(?i:{network_names()})", text).group(0) == name


def test_tv_networks_names_are_the_same_text_each_call():
    assert network_names() == network_names()
    assert "channel\\ 4" in network_names()  # escaped: a name's space is literal


@pytest.mark.parametrize("word, network", [
    ("BBC", True),
    ("itv", True),
    ("Network", True),  # "the Harbour Network western": a name's last word
    ("network", False),  # a common noun, not a name's end
    ("Netflix", False),  # a streamer that also releases films
])
def test_tv_networks_names_network_reads_one_word(word, network):
    assert names_network(word) is network


def test_tv_networks_heads_are_kinds_of_series_work():
    assert {"comedy", "adaptation", "sitcom"} <= network_heads()
    assert "film" not in network_heads() and "movie" not in network_heads()
