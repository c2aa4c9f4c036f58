package dev.ducky.query.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words reduced to comparable terms, for questions, metric names, help texts and alert descriptions alike:
 * camelCase and snake_case split, lower case, stop words dropped, a light stemmer, and synonyms folded
 * ("slow" and "latency" both become {@code duration}, as in the metric names).
 */
public final class Terms {
    private static final Set<String> STOP = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been", "do",
            "does", "did", "of", "on", "in", "at", "to", "for", "by", "with", "and", "or", "what", "whats", "which",
            "who", "how", "much", "many", "any", "anything", "anywhere", "there", "it", "its", "this", "that", "we",
            "our", "us", "i", "me", "my", "you", "your", "can", "could", "show", "see", "look", "tell", "give", "get",
            "have", "has", "had", "from", "each", "every", "per", "all", "some", "just", "still", "now", "right",
            "currently", "current", "s", "t", "re", "than", "into", "over", "last", "past", "recently", "lately",
            "should", "would", "will", "so", "far", "up", "out", "as", "being", "getting", "got", "query", "metric",
            "metrics", "promql", "logql", "please", "seconds", "bytes", "total", "info", "status", "spec", "not", "no");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("latency", "duration"), Map.entry("slow", "duration"), Map.entry("slowest", "duration"),
            Map.entry("slower", "duration"), Map.entry("long", "duration"), Map.entry("took", "duration"),
            Map.entry("take", "duration"), Map.entry("handling", "duration"),
            Map.entry("error", "fail"), Map.entry("err", "fail"), Map.entry("errs", "fail"), Map.entry("failure", "fail"),
            Map.entry("failing", "fail"), Map.entry("failed", "fail"),
            Map.entry("ram", "memory"), Map.entry("mem", "memory"),
            Map.entry("host", "node"), Map.entry("hosts", "node"), Map.entry("machine", "node"),
            Map.entry("vm", "node"),
            Map.entry("pvc", "persistentvolumeclaim"), Map.entry("hpa", "horizontalpodautoscaler"),
            Map.entry("autoscaler", "horizontalpodautoscaler"), Map.entry("cron", "cronjob"),
            Map.entry("fds", "fd"), Map.entry("descriptor", "fd"), Map.entry("oomkilled", "oom"), Map.entry("oomkill", "oom"),
            Map.entry("k8s", "kube"), Map.entry("kubernetes", "kube"), Map.entry("temperature", "temp"),
            Map.entry("hot", "temp"), Map.entry("hotter", "temp"), Map.entry("ecc", "edac"), Map.entry("ntp", "sync"),
            Map.entry("synchronised", "sync"), Map.entry("synchronized", "sync"), Map.entry("synchronising", "sync"),
            Map.entry("cordoned", "unschedulable"), Map.entry("receive", "receive"), Map.entry("received", "receive"),
            Map.entry("inbound", "receive"), Map.entry("incoming", "receive"), Map.entry("outbound", "transmit"),
            Map.entry("outgoing", "transmit"), Map.entry("sent", "transmit"), Map.entry("send", "transmit"),
            Map.entry("bandwidth", "network"), Map.entry("nic", "network"), Map.entry("interface", "network"),
            Map.entry("traffic", "network"), Map.entry("raid", "md"), Map.entry("drive", "disk"),
            Map.entry("alertmanagers", "alertmanager"), Map.entry("proposal", "proposal"));
    private static final Map<String, List<String>> COMPOUNDS = Map.of(
            "apiserver", List.of("api", "server"), "filesystem", List.of("filesystem"), "inodes", List.of("inode"),
            "iowait", List.of("iowait"), "crashloop", List.of("crash", "loop"), "crashlooping", List.of("crash", "loop"),
            "uptime", List.of("boot", "time"));

    private Terms() {
    }

    public static List<String> of(String text) {
        String split = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        for (String word : split.split("[^a-z0-9]+")) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            List<String> parts = COMPOUNDS.get(word);
            if (parts != null) {
                terms.addAll(parts);
                continue;
            }
            String synonym = SYNONYMS.get(word);
            String term = synonym != null ? synonym : stem(word);
            term = SYNONYMS.getOrDefault(term, term);
            if (!STOP.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** A light stemmer: "restarts", "restarting" and "restarted" all become "restart". */
    public static String stem(String word) {
        if (word.length() <= 3 || word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return restoreE(word.substring(0, word.length() - 3));
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return restoreE(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("es") && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** "scal" (from scaling, scaled) back to "scale"; "runn" to "run". */
    private static String restoreE(String stem) {
        String undoubled = undouble(stem);
        if (!undoubled.equals(stem)) {
            return undoubled;
        }
        int n = stem.length();
        boolean cvc = n >= 3 && n <= 4 && !vowel(stem.charAt(n - 3)) && vowel(stem.charAt(n - 2)) && !vowel(stem.charAt(n - 1))
                && "wxy".indexOf(stem.charAt(n - 1)) < 0;
        return cvc ? stem + "e" : stem;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        return n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && stem.charAt(n - 1) != 'l' && stem.charAt(n - 1) != 's'
                ? stem.substring(0, n - 1) : stem;
    }
}
