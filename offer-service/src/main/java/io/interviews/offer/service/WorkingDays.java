package io.interviews.offer.service;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday–Friday arithmetic for reply deadlines and start dates (public holidays are not modelled). */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate plus(LocalDate date, int workingDays) {
        LocalDate result = date;
        int added = 0;
        while (added < workingDays) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                added++;
            }
        }
        return result;
    }

    /** The date itself if it is a working day, else the next Monday. */
    static LocalDate onOrAfter(LocalDate date) {
        LocalDate result = date;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    private static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
