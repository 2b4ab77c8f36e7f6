"""The verb a clause ends with, denied or promised by what stands before it (see rootcheck.text.verbs)."""

from __future__ import annotations

import pytest

from rootcheck.text.verbs import opens_a_clause, past_an_article, verb_denied_or_promised


@pytest.mark.parametrize(
    ("clause", "found"),
    [
        # Denied: the number after the verb was not so.
        ("The towns have not received", ("not received", True)),
        ("The government did not create", ("not create", True)),
        ("The towns haven't received", ("haven't received", True)),
        ("The towns have not yet received", ("not yet received", True)),
        ("The ministry never paid", ("never paid", True)),
        ("The municipalities have yet to receive", ("yet to receive", True)),
        ("The officials cannot confirm", ("cannot confirm", True)),
        # A subject that denies its clause's verb.
        ("No country has received", ("No country has received", True)),
        ("In 2022, none of the towns received", None),  # the clause is read from its comma by the caller
        (" none of the towns received", ("none of the towns received", True)),
        ("Not one donor paid", ("Not one donor paid", True)),
        # Promised, planned or what only may be: the number after the verb is no deed.
        ("47 companies have committed to invest", ("committed to invest", False)),
        ("The ministry plans to fund", ("plans to fund", False)),
        ("The ministry is set to fund", ("set to fund", False)),
        ("The ministry is obligated to fund", ("obligated to fund", False)),
        ("The U.S. will provide", ("will provide", False)),
        ("We'll provide", ("We'll provide", False)),
        ("The ministry could soon reach", ("could soon reach", False)),
        ("The U.S. will pay for", ("will pay for", False)),
        ("The towns have not paid for", ("not paid for", True)),
        # Asked or hoped for: a request, not a sum given.
        ("The administration has asked for", ("asked for", False)),
        ("The strategy calls for", ("calls for", False)),
        ("The ministry hoped for", ("hoped for", False)),
        # Asked, urged or encouraged to do it: a request, whoever was asked.
        ("The mayor asked the ministry to fund", ("asked the ministry to fund", False)),
        ("a Call to Action to encourage businesses to invest", ("encourage businesses to invest", False)),
        ("The envoy called on donors to give", ("called on donors to give", False)),
        ("The fund will later provide", ("will later provide", False)),
        # What only goes on, must or can between: "will continue to provide".
        ("The U.S. will continue to provide", ("will continue to provide", False)),
        ("Congress would have to approve", ("would have to approve", False)),
        ("The ministry will be able to fund", ("will be able to fund", False)),
        ("The towns did not continue to pay", ("not continue to pay", True)),
        ("The U.S. has continued to provide", None),
        # A deed, no verb last, or a last word read on its own (see checks/starts.py).
        ("The port managed to hire", None),
        ("The agency hired", None),
        ("$4 billion, not including", None),
        ("40 clinics, not to mention", None),
        ("The fund gave not just", None),
        ("Not quite", None),
        ("The fund paid no more than", None),
        ("The donors have committed to the", None),
        ("They did not", None),
        ("The donors have committed", None),
        ("The clinic can treat", None),
        ("In Honduras", None),
        ("No doubt the fund spent", None),
        ("The mayor asked the ministry to the", None),
        ("No. 5 road received", None),
        ("No country in the region after years of talks and many pledges has received", None),
        ("Exports fell to", None),
        ("The fund was set up for", None),
        ("The donors have committed to", None),
        ("The ministry refused to", None),
    ],
)
def test_a_verb_denied_or_promised_is_told_with_what_bears_on_it(
    clause: str, found: tuple[str, bool] | None
) -> None:
    assert verb_denied_or_promised(clause) == found


@pytest.mark.parametrize(
    ("quote", "opens"),
    [
        # A subject, then its verb: what a "claim" before the quote says is only claimed.
        ("the U.S. spent $500 million on walls", True),
        ("200 homes were destroyed", True),
        ("USAID has trained 4,000 teachers", True),
        ("the ministry had paid 300 nurses", True),
        ("the program reached 9,000 families", True),
        # A noun's words, what the flood or the group claimed.
        ("40 lives in Choluteca", False),
        ("the lives of 74 people", False),
        ("responsibility for 40 attacks that killed 12", False),
        ("the displaced families' 40 homes", False),
        ("4,000 members in Honduras", False),
        ("40 lives and destroyed 200 homes", False),
    ],
)
def test_a_quote_opening_with_a_clause_of_its_own_is_told(quote: str, opens: bool) -> None:
    assert opens_a_clause(quote) is opens


@pytest.mark.parametrize(
    ("clause", "quote", "read"),
    [
        # The article opens what the quote goes on with: the words before it bear on the quote.
        ("The U.S. is committed to a", "multi-year, $4 billion strategy", "The U.S. is committed to"),
        ("The fund did not pay the", "300 nurses it hired", "The fund did not pay"),
        ("Donors have pledged the", "$2 billion to Haiti", "Donors have pledged"),
        ("The U.S. is committed to the", "$4 billion strategy", "The U.S. is committed to"),
        # After "to", a count is to whom a thing is promised, not what.
        (
            "The donors have committed to the",
            "300 families of the valley",
            "The donors have committed to the",
        ),
        ("They gave it to the", "forty nurses", "They gave it to the"),
        # No article at the clause's end.
        ("The fund did not pay", "300 nurses", "The fund did not pay"),
    ],
)
def test_an_article_opening_the_quote_is_read_past(clause: str, quote: str, read: str) -> None:
    assert past_an_article(clause, quote) == read
