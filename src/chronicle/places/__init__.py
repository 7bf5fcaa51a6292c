"""Places: the gazetteer (``places.gazetteer``) and the ``locate`` pipeline stage."""
from __future__ import annotations

from ..records import Analysis
from ..registry import stages
from .gazetteer import Gazetteer, PlaceEntry, PlaceMention
from .locate import locate_events

__all__ = ["Gazetteer", "PlaceEntry", "PlaceMention", "locate"]


@stages.register("locate")
def locate(analysis: Analysis) -> Analysis:
    """Set ``event.location`` for every event (see ``places.locate``)."""
    return locate_events(analysis)
