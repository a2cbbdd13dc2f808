package io.interviews.kit.rest;

/** One thing wrong with a request: where ({@code field}, a JSON path such as {@code plan[1].weight}) and what. */
public record Violation(String field, String message) {
}
