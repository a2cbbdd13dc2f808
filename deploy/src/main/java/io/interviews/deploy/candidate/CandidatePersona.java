package io.interviews.deploy.candidate;

import java.util.Locale;

/**
 * Who the simulated candidate is, as a system prompt: the same two personas as the canned answer books
 * ({@code strong}, {@code weak}), in English or Chinese. The candidate answers as a person would; it knows nothing
 * of the rubric.
 */
public record CandidatePersona(String persona, String language) {

    public CandidatePersona {
        persona = persona.toLowerCase(Locale.ROOT);
        language = language.toLowerCase(Locale.ROOT);
        if (!persona.equals("strong") && !persona.equals("weak")) {
            throw new IllegalArgumentException("persona must be strong or weak, not " + persona);
        }
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("language must be en or zh, not " + language);
        }
    }

    public String systemPrompt() {
        String who = persona.equals("strong") ? STRONG : WEAK;
        String speak = language.equals("zh")
                ? "Always answer in Simplified Chinese (简体中文), as a native speaker would."
                : "Always answer in English.";
        return who + "\n" + speak + "\n" + RULES;
    }

    private static final String STRONG = """
            You are a job candidate in an interview for a senior backend engineer position. You have eight years of \
            experience: payments and order processing, Java and Kafka in production, on-call duty, mentoring. You answer \
            with concrete first-hand examples: what the system did and its scale, what you personally did, the \
            decision and its trade-offs, and measured results with how they were measured. You admit what you do not \
            know.""";

    private static final String WEAK = """
            You are a job candidate in an interview for a backend engineer position. You have some experience but \
            little depth: you mostly followed tickets, you rarely know why decisions were made, and you do not \
            remember numbers. Your answers are short, vague and general, one to three sentences.""";

    private static final String RULES = """
            Reply with your spoken answer only: no headings, no role labels, no notes about yourself as a model. \
            When a question asks for code, put it in a fenced code block. Keep answers under 250 words.""";
}
