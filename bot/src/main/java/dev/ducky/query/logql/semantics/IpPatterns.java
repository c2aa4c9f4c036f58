package dev.ducky.query.logql.semantics;

import java.util.regex.Pattern;

/** What {@code ip("…")} accepts: one address, a CIDR block, or a range {@code a-b}, IPv4 or IPv6. */
final class IpPatterns {
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    // Hex digits up to the first colon, then hex, colons and dots. It starts only where a run of hex digits does
    // and never gives back, so a long word that is no address (LogQL typed by people) is read once.
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]*+:[0-9A-Fa-f:.]*+");

    private IpPatterns() {
    }

    static boolean isValid(String pattern) {
        String text = pattern.strip();
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String bits = text.substring(slash + 1);
            String address = text.substring(0, slash);
            int max = IPV4.matcher(address).matches() ? 32 : isIpv6(address) ? 128 : -1;
            return max > 0 && bits.matches("\\d{1,3}") && Integer.parseInt(bits) <= max;
        }
        int dash = text.indexOf('-');
        if (dash >= 0) {
            return isAddress(text.substring(0, dash).strip()) && isAddress(text.substring(dash + 1).strip());
        }
        return isAddress(text);
    }

    private static boolean isAddress(String text) {
        return IPV4.matcher(text).matches() || isIpv6(text);
    }

    private static boolean isIpv6(String text) {
        if (!IPV6.matcher(text).matches() || text.contains(":::")) {
            return false;
        }
        int compressions = text.split("::", -1).length - 1;
        String[] groups = text.replace("::", ":").split(":");
        int count = 0;
        for (String group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            if (group.contains(".")) {
                if (!IPV4.matcher(group).matches()) {
                    return false;
                }
                count += 2;
            } else if (group.length() > 4) {
                return false;
            } else {
                count++;
            }
        }
        return compressions == 0 ? count == 8 : compressions == 1 && count < 8;
    }
}
