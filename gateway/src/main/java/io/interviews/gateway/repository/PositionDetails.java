package io.interviews.gateway.repository;

import io.interviews.events.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The position applied for: {@link Position} of the interview's context. */
@Embeddable
public record PositionDetails(
        @Column(name = "position_title") String title,
        @Column(name = "position_level") String level,
        @Column(name = "position_location") String location) {

    public static PositionDetails of(Position position) {
        return new PositionDetails(position.title(), position.level(), position.location());
    }

    public Position toPosition() {
        return new Position(title, level, location);
    }
}
