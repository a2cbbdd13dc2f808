package io.interviews.offer.service.adzuna;

/** Adzuna answered, but with too few advertised salaries to compute a benchmark. */
public class NoMarketDataException extends RuntimeException {

    public NoMarketDataException(String message) {
        super(message);
    }
}
