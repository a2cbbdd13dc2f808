package io.interviews.kit;

import io.interviews.events.InterviewErased;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A service's personal data as the erasure sees it: records which interviews it was asked to erase. */
@ApplicationScoped
public class RecordingPersonalData implements PersonalData {

    private final List<UUID> erased = new CopyOnWriteArrayList<>();

    @Override
    public void erase(InterviewErased erasure) {
        erased.add(erasure.interviewId());
    }

    List<UUID> erased() {
        return List.copyOf(erased);
    }
}
