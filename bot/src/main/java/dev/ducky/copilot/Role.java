package dev.ducky.copilot;

/** Who is speaking to Ducky. */
public enum Role {
    RESPONDER, SUPPORT, DEV
}
