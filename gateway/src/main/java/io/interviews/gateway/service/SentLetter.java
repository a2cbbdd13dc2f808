package io.interviews.gateway.service;

import io.interviews.events.LetterKind;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.LetterAsSent;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.time.Instant;

/**
 * The letter as it was sent to the candidate, after a recruiter approved it: its Markdown and that Markdown as an
 * HTML fragment for the candidate page (raw HTML in the Markdown is escaped and unsafe link targets dropped, so
 * the fragment can be shown as it is).
 */
public record SentLetter(LetterKind kind, String markdown, String html, Instant sentAt) {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The interview's sent letter, or null while nothing is sent. */
    static SentLetter of(Interview interview) {
        LetterAsSent sent = interview.sentLetter;
        return sent == null ? null
                : new SentLetter(sent.kind(), sent.markdown(), HTML.render(MARKDOWN.parse(sent.markdown())),
                sent.sentAt());
    }
}
