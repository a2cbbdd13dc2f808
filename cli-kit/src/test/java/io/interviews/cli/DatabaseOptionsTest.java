package io.interviews.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOptionsTest {

    @Command(name = "query")
    static final class Query implements Runnable {
        @Mixin
        DatabaseOptions database;

        @Override
        public void run() {
        }
    }

    @Test
    void theLoginTakesTheUrlAndUserGivenAndThePasswordFromTheEnvironment() {
        DatabaseOptions options = parse("--jdbc-url", " jdbc:postgresql://db:5432/interview ", "--db-user", "ops");

        assertEquals(Optional.of(new DatabaseLogin("jdbc:postgresql://db:5432/interview", "ops", "s3cret")),
                options.login(Map.of(DatabaseOptions.ENV_PASSWORD, "s3cret")));
    }

    @Test
    void theUserAndPasswordDefaultAsTheLocalStacksDo() {
        DatabaseOptions options = parse("--jdbc-url", "jdbc:postgresql://db:5432/interview");

        DatabaseLogin login = options.login(Map.of()).orElseThrow();
        String expectedUser = Optional.ofNullable(System.getenv(DatabaseOptions.ENV_USER)).orElse("postgres");
        assertEquals(expectedUser, login.user());
        assertEquals("postgres", login.password());
    }

    @Test
    void aBlankUrlNamesNoDatabase() {
        assertEquals(Optional.empty(), parse("--jdbc-url=").login(Map.of(DatabaseOptions.ENV_PASSWORD, "s3cret")));
    }

    @Test
    void thePasswordIsNotAnOption() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Query()).setErr(new PrintWriter(err))
                .execute("--jdbc-url", "jdbc:postgresql://db/interview", "--db-password", "s3cret");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("Unknown options: '--db-password', 's3cret'"), err.toString());
    }

    @Test
    void aLoginPrintsNoPassword() {
        DatabaseLogin login = new DatabaseLogin("jdbc:postgresql://db:5432/interview", "ops", "s3cret");
        assertEquals("ops at jdbc:postgresql://db:5432/interview", login.toString());
        assertFalse(login.toString().contains("s3cret"));
    }

    private static DatabaseOptions parse(String... args) {
        Query command = new Query();
        new CommandLine(command).parseArgs(args);
        return command.database;
    }
}
