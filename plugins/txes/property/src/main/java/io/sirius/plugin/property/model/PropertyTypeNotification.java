package io.sirius.plugin.property.model;

import io.sirius.api.model.EntityType;
import io.sirius.api.notification.Notification;

/**
 * A property transaction names a property type.
 *
 * @param propertyType the raw property type byte
 * @param transactionType the transaction's type, which fixes the kind of values it may name
 */
public record PropertyTypeNotification(int propertyType, EntityType transactionType) implements Notification {
}
