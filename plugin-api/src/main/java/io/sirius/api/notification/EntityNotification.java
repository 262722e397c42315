package io.sirius.api.notification;

import io.sirius.api.model.EntityType;

/**
 * The network, type and version of an entity, checked against the network and the versions the network
 * config supports at the current height.
 *
 * @param networkIdentifier the network byte of the version field
 * @param type the entity type
 * @param version the entity version
 */
public record EntityNotification(int networkIdentifier, EntityType type, int version) implements Notification {
}
