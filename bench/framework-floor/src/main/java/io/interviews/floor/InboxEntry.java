package io.interviews.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consumed record's id, so a redelivered one is skipped: the least an inbox keeps. */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry extends PanacheEntityBase {

    @Id
    public String recordId;
}
