package io.interviews.deploy.ops;

import java.util.Optional;
import java.util.Set;

/**
 * Which timeline entries to show: one interview (the record key), some stages, some event types. An empty set keeps
 * everything; with stages given, the events of the whole interview (score, letters, decisions) are left out. A type
 * is named in full ({@code interview.question-asked.v1}) or without prefix and version ({@code question-asked}).
 */
public record TimelineFilter(Optional<String> interviewId, Set<String> stages, Set<String> types) {

    public static final TimelineFilter EVERYTHING = new TimelineFilter(Optional.empty(), Set.of(), Set.of());

    public TimelineFilter {
        stages = Set.copyOf(stages);
        types = Set.copyOf(types);
    }

    public static TimelineFilter interview(Optional<String> interviewId) {
        return new TimelineFilter(interviewId, Set.of(), Set.of());
    }

    public boolean keeps(TopicTimeline.Entry entry) {
        return interviewId.map(id -> id.equals(entry.interviewId())).orElse(true)
                && (stages.isEmpty() || stages.contains(entry.stage()))
                && (types.isEmpty() || types.stream().anyMatch(type -> names(type, entry.type())));
    }

    private static boolean names(String wanted, String type) {
        return type.equals(wanted) || type.startsWith("interview." + wanted + ".v");
    }
}
