package org.froissart.api;

@Api(Api.Status.STABLE)
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
