package dev.ducky.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cases of {@code rendered.txt}: a template, the slot values it is given and the text it must render to. */
record RenderedCases(List<Case> cases) {
    static final String RESOURCE = "/dev/ducky/prompts/rendered.txt";

    /** One case; {@code name} is a part's or a move's. */
    record Case(boolean part, String name, int variant, Map<String, String> slots, String expected) {
        String render(Templates templates) {
            return part ? templates.render(Part.valueOf(name), slots, variant)
                    : templates.render(Move.valueOf(name), slots, variant);
        }

        @Override
        public String toString() {
            return (part ? "part " : "move ") + name + " " + variant;
        }
    }

    static RenderedCases load() {
        List<Case> cases = new ArrayList<>();
        for (String block : Templates.load(RESOURCE).split("(?m)^== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String[] halves = block.split("(?m)^--$", 2);
            String[] lines = halves[0].split("\n");
            String[] header = lines[0].strip().split(" ");
            Map<String, String> slots = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] slot = lines[i].split(":", 2);
                slots.put(slot[0].strip(), slot[1].strip().replace("\\n", "\n"));
            }
            cases.add(new Case(header[0].equals("part"), header[1], header.length > 2 ? Integer.parseInt(header[2]) : 0,
                    slots, halves[1].strip()));
        }
        return new RenderedCases(cases);
    }
}
