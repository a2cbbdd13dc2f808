package io.interviews.offer.service;

import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/** Renders the Markdown letters from {@code templates/letters/<kind>-<language>.md}. */
@ApplicationScoped
public class LetterTemplates {

    private final Engine engine;

    public LetterTemplates(Engine engine) {
        this.engine = engine;
    }

    public String offer(Language language, OfferLetter letter) {
        return template(LetterKind.OFFER, language).data("letter", letter).render();
    }

    public String feedback(Language language, FeedbackLetter letter) {
        return template(LetterKind.FEEDBACK, language).data("letter", letter).render();
    }

    /** Template id, e.g. {@code letters/offer-zh.md}. */
    private static String templateId(LetterKind kind, Language language) {
        return "letters/" + kind.name().toLowerCase(Locale.ROOT) + "-" + language.code() + ".md";
    }

    private Template template(LetterKind kind, Language language) {
        String id = templateId(kind, language);
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no letter template " + id);
        }
        return template;
    }
}
