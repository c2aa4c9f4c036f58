package dev.ducky.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server on 127.0.0.1:5432 (trust auth, database {@code test}). Tests that need it skip,
 * saying so, when it does not answer — except under CI, where its absence is a failure.
 */
public final class Postgres {
    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private Postgres() {
    }

    /** A fresh schema for one test class, and the URL that uses it. */
    public static String freshSchemaUrl(String prefix) {
        String schema = prefix + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = connect()) {
            c.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return URL + "&currentSchema=" + schema;
    }

    public static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = connect()) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skips (or, under CI, fails) the calling test when PostgreSQL does not answer. */
    public static void require() {
        try (Connection ignored = connect()) {
            return;
        } catch (SQLException e) {
            Prerequisite.skipOrFail("PostgreSQL is not answering on 127.0.0.1:5432 (" + e.getMessage() + ")");
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(URL);
    }
}
