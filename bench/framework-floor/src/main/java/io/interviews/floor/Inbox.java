package io.interviews.floor;

/** Records consumed so far, by id: the least an inbox does. */
final class Inbox {

    private Inbox() {
    }

    /** Whether {@code recordId} is new; if so it is recorded in the caller's transaction. */
    static boolean firstDelivery(String recordId) {
        if (InboxEntry.findById(recordId) != null) {
            return false;
        }
        InboxEntry entry = new InboxEntry();
        entry.recordId = recordId;
        entry.persist();
        return true;
    }
}
