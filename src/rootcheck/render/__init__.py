"""Rendering the checked registry as a static site: pages, annotated sources, charts, data.

:mod:`rootcheck.render.site` plans the whole site as jobs, each of which renders one file when
:mod:`rootcheck.publish` makes it. This package
imports none of its modules itself: ``rootcheck check`` checks the override
templates (:mod:`rootcheck.render.templates`) without loading the rest.
"""
