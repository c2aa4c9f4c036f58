package dev.ducky.conversation;

/**
 * Who may speak for the incident to support: confirm, edit or reject an answer, or answer in its thread. In Slack
 * the incident channel's members and the responder group (DUCKY_RESPONDER_GROUP); in the console, anyone but
 * support.
 */
public interface Responders {
    boolean mayAnswer(String userId, String incidentChannel);

    /** How the refusal names who may, besides the channel's members ("" when nobody else). */
    String besidesMembers();
}
