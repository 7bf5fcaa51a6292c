"""Named registries, so that readers, extractors, stages and exporters plug in
by name instead of through if-chains (the pattern spaCy calls a registry)."""
from __future__ import annotations

from typing import Callable, Generic, Iterator, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def decorate(obj: T) -> T:
            self._items[name] = obj
            return obj
        return decorate

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"no {self.kind} named {name!r} (known: {known})") from None

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def names(self) -> list[str]:
        return sorted(self._items)

    def items(self) -> Iterator[tuple[str, T]]:
        return iter(sorted(self._items.items()))


readers: Registry = Registry("reader")        # file kind -> reader(path) -> Iterator[IngestItem]
extractors: Registry = Registry("extractor")  # language -> extract(Document) -> list[Event]
stages: Registry = Registry("stage")          # name -> stage(Analysis) -> Analysis
exporters: Registry = Registry("exporter")    # format -> exporter
