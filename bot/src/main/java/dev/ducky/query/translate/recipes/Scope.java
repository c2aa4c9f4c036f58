package dev.ducky.query.translate.recipes;

import dev.ducky.query.translate.Kitchen;

/** Whether a saturation question is about hosts (node-exporter) or about containers (cAdvisor). */
enum Scope {
    HOST, CONTAINER, UNCLEAR;

    private static final String HOST_WORDS = "\\b(hosts?|nodes?|instances?|machines?|vms?|servers?|kernel|steal|iowait|"
            + "load average|swap|filesystems?|mountpoints?|node-exporter)\\b";
    private static final String CONTAINER_WORDS = "\\b(pods?|containers?|deployments?|namespaces?|limits?|quota|"
            + "cadvisor|services?)\\b";

    static Scope of(Kitchen k) {
        boolean host = k.q().says(HOST_WORDS);
        boolean container = k.q().says(CONTAINER_WORDS) || k.subjects().any();
        if (host == container) {
            return host && k.q().says("\\b(pods?|containers?)\\b") ? CONTAINER : UNCLEAR;
        }
        return host ? HOST : CONTAINER;
    }
}
