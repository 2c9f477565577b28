package io.lambdasim.pricedata;

/** How a function's code is deployed. */
public enum Packaging {
    ZIP,
    CONTAINER_IMAGE
}
