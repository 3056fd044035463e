"""Where places lie relative to each other: containment and distance, for resolved `Place`s.

Used by later stages: a figure for Almaty and one for Kazakhstan may be about the same events
("Almaty lies in Kazakhstan"), while figures for two towns 1,000 km apart are not.
"""

from __future__ import annotations

import math

from factline.gazetteer import load_gazetteer
from factline.record import Place

EARTH_RADIUS_KM = 6371.0


def place_within(inner: Place, outer: Place) -> bool:
    """Whether `inner` lies in `outer` (or is it): a town in its region or country, a region in
    its country. Unresolved places (no country) lie in nothing but themselves."""
    if inner.geonames_id is not None and inner.geonames_id == outer.geonames_id:
        return True
    if inner.country is None or inner.country != outer.country:
        return False
    if _is_country(outer):
        return not _is_country(inner)
    if _is_region(outer):
        return inner.admin1 == outer.admin1 and not _is_region(inner) and not _is_country(inner)
    return False


def distance_km(first: Place, second: Place) -> float | None:
    """Great-circle distance between two places (haversine), or None without coordinates."""
    if first.lat is None or first.lon is None or second.lat is None or second.lon is None:
        return None
    return haversine_km(first.lat, first.lon, second.lat, second.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def _kind(place: Place) -> str | None:
    if place.geonames_id is None:
        return None
    entry = load_gazetteer().find_id(place.geonames_id)
    return entry.kind if entry is not None else None


def _is_country(place: Place) -> bool:
    """A country: so says the gazetteer, or a country code with no first-level region."""
    kind = _kind(place)
    if kind is not None:
        return kind == "country"
    return place.country is not None and place.admin1 is None


def _is_region(place: Place) -> bool:
    """A first-level region: so says the gazetteer, or a place that is its own admin1."""
    kind = _kind(place)
    if kind is not None:
        return kind == "admin1"
    return place.admin1 is not None and place.admin1 == place.name
