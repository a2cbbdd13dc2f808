package io.interviews.offer.service;

/** A dimension a candidate could develop, with a short reason from the rubric rationale (may be empty). */
public record ImprovementArea(String name, String reason) {
}
