"""The checks a registry goes through once it is read, each adding what it finds to the registry's
diagnostics (see :func:`rootcheck.pipeline.check`, which runs them in order).

:mod:`~rootcheck.checks.verify` proves one claim against its source: where its quote stands,
what its figure says, and what the quote may not change of its source's words
(:mod:`~rootcheck.checks.wording`) and numbers (:mod:`~rootcheck.checks.slips`), and where it
may not start (:mod:`~rootcheck.checks.starts`);
:mod:`~rootcheck.checks.proving` proves every claim, remembered or on several processes;
:mod:`~rootcheck.checks.references` checks what files say of one another;
:mod:`~rootcheck.checks.dates` and :mod:`~rootcheck.checks.skips` the dates and the
numbers left unclaimed; :mod:`~rootcheck.checks.leads` says where else to look for a quote
not found.
"""
