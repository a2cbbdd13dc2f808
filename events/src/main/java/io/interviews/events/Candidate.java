package io.interviews.events;

public record Candidate(@Personal String name, @Personal String email) {
}
