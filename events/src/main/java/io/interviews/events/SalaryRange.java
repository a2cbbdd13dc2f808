package io.interviews.events;

/** The annual salary an offer states and the window a recruiter may move it within (whole amounts). */
public record SalaryRange(String currency, long offered, long minimum, long maximum) {

    public boolean contains(long amount) {
        return amount >= minimum && amount <= maximum;
    }
}
