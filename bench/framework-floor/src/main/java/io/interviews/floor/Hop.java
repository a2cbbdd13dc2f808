package io.interviews.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** The one row a hop writes: what a service's inbox entry and state change are at the least. */
@Entity
public class Hop extends PanacheEntityBase {

    @Id
    public UUID id;

    public String payload;

    public Instant handledAt;
}
