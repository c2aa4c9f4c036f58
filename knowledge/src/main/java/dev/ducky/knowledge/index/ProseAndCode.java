package dev.ducky.knowledge.index;

/**
 * A section's plain text split into prose and fenced code. They are searched as separate fields: commands are
 * long and repetitive, and counted as prose they would make a section with a few commands look less about its
 * subject than a one-line section.
 *
 * @param prose the lines outside code fences (inline code stays here: it is usually a name worth matching)
 * @param code  the lines inside code fences, fence lines and their language included
 */
record ProseAndCode(String prose, String code) {
    static ProseAndCode of(String text) {
        StringBuilder prose = new StringBuilder();
        StringBuilder code = new StringBuilder();
        boolean inCode = false;
        for (String line : text.split("\n")) {
            boolean fence = line.strip().startsWith("```");
            (inCode || fence ? code : prose).append(line).append('\n');
            if (fence) {
                inCode = !inCode;
            }
        }
        return new ProseAndCode(prose.toString(), code.toString());
    }
}
