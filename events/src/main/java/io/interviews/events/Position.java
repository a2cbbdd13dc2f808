package io.interviews.events;

/** The role applied for: title (e.g. "Backend Engineer"), level (e.g. "senior") and location (e.g. "London"). */
public record Position(String title, String level, String location) {
}
