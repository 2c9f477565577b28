package io.lambdasim.pricedata;

/** A managed runtime (python3.12, nodejs22, java21...) or a custom one ({@code provided.al2023}). */
public enum RuntimeKind {
    MANAGED,
    CUSTOM
}
