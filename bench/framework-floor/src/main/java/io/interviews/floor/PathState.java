package io.interviews.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The gateway's read model of one interview on the whole path: the last answer taken and the last question asked. */
@Entity
@Table(name = "path_state")
public class PathState extends PanacheEntityBase {

    @Id
    public UUID id;

    public String lastAnswer;

    public String lastQuestion;

    public Instant updatedAt;
}
