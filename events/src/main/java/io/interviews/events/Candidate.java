package io.interviews.events;

public record Candidate(String name, String email) {
}
