package dev.ducky.query.logql.semantics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpPatternsTest {
    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.1", "10.0.0.0/8", "10.0.0.1-10.0.0.9", "::1", "fe80::1/64",
            "2001:db8:0:0:0:0:2:1", "::ffff:192.168.0.1", "2001:db8::-2001:db8::ff"})
    void addressesBlocksAndRangesAreValid(String pattern) {
        assertTrue(IpPatterns.isValid(pattern), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"300.1.1.1", "abcd", "1:2:3:4:5:6:7:8:9", "1:::2", "1::2::3", "g::1", "::1/129",
            ".::1", "12345::1"})
    void otherTextIsNot(String pattern) {
        assertFalse(IpPatterns.isValid(pattern), pattern);
    }

    @Test
    @Timeout(2)
    void aLongWordIsRejectedQuickly() {
        assertFalse(IpPatterns.isValid("a".repeat(40_000) + "!"));
    }
}
