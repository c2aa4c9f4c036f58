package dev.ducky.conversation;

/** Who is speaking to Ducky. */
public enum Role {
    RESPONDER, SUPPORT, DEV
}
