"""The HTML pages: the list of stories, a story, a report. Each has a JSON twin under /api/."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from factline.web.annotations import story_annotations
from factline.web.api import FiltersDep, StoreDep, find_document, loaded_story
from factline.web.exports import export_formats
from factline.web.highlight import KINDS, marks_of, pieces
from factline.web.render import SCRIPTS, STYLESHEET, render
from factline.web.story_view import list_stories, story_view

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def stories_page(store: StoreDep) -> str:
    return render("stories.html", stories=list_stories(store), twin="/api/stories")


@router.get("/stories/{story}", response_class=HTMLResponse)
def story_page(story: str, store: StoreDep, filters: FiltersDep) -> str:
    analyses = loaded_story(store, story)
    view = story_view(story, analyses, annotations=story_annotations(store, story))
    return render(
        "story.html",
        view=view,
        filters=filters,
        formats=export_formats(),
        report=False,
        scripts=SCRIPTS,
        stylesheet=STYLESHEET,
        twin=f"/api/stories/{story}",
    )


@router.get("/documents/{document}", response_class=HTMLResponse)
def document_page(document: str, store: StoreDep) -> str:
    story, analysis = find_document(store, document)
    return render(
        "document.html",
        document=analysis.document,
        story=story,
        pieces=list(pieces(analysis.text, marks_of(analysis))),
        kinds=KINDS,
        counts={kind: sum(1 for m in marks_of(analysis) if m.kind == kind) for kind in KINDS},
        twin=f"/api/documents/{analysis.document.id}",
    )
