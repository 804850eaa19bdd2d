package org.eventfacts.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object in a gold file, read with errors that say where they are: the
 * file, the path to the object ({@code expect[3] (casualty).count}) and the field.
 */
final class GoldFields {

  private final JsonNode node;
  private final String source;
  private final String path;

  private GoldFields(JsonNode node, String source, String path) {
    this.node = node;
    this.source = source;
    this.path = path;
  }

  /** The top-level object of the file {@code source}. */
  static GoldFields root(JsonNode node, String source) {
    if (!node.isObject()) {
      throw new InvalidGoldException(source + ": the top level must be a JSON object");
    }
    return new GoldFields(node, source, "");
  }

  /** These fields, described in errors as an object of the given type. */
  GoldFields describedAs(String type) {
    return new GoldFields(node, source, path + " (" + type + ")");
  }

  /** Rejects every field not named here. */
  void allowOnly(String... names) {
    ImmutableSet<String> allowed = ImmutableSet.copyOf(names);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw error("unknown field \"" + name + "\"; expected one of " + allowed);
      }
    }
  }

  String requiredText(String name) {
    String text = optionalText(name);
    if (text == null) {
      throw missing(name);
    }
    return text;
  }

  /** The field's text, or {@code null} when it is absent or JSON {@code null}. */
  @Nullable String optionalText(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw error("\"" + name + "\" must be a string, got " + value);
    }
    if (value.asText().isBlank()) {
      throw error("\"" + name + "\" must not be blank; leave it out instead");
    }
    return value.asText();
  }

  @Nullable Boolean optionalBoolean(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw error("\"" + name + "\" must be true or false, got " + value);
    }
    return value.booleanValue();
  }

  int requiredInt(String name) {
    JsonNode value = value(name);
    if (value == null) {
      throw missing(name);
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error("\"" + name + "\" must be a whole number, got " + value);
    }
    return value.intValue();
  }

  @Nullable Long optionalLong(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw error("\"" + name + "\" must be a whole number, got " + value);
    }
    return value.longValue();
  }

  <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    E constant = optionalEnum(name, type);
    if (constant == null) {
      throw missing(name);
    }
    return constant;
  }

  <E extends Enum<E>> @Nullable E optionalEnum(String name, Class<E> type) {
    String text = optionalText(name);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error(
        "\""
            + name
            + "\" must be one of "
            + Arrays.toString(type.getEnumConstants())
            + ", got \""
            + text
            + "\"");
  }

  GoldFields object(String name) {
    GoldFields object = optionalObject(name);
    if (object == null) {
      throw missing(name);
    }
    return object;
  }

  @Nullable GoldFields optionalObject(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw error("\"" + name + "\" must be an object, got " + value);
    }
    return new GoldFields(value, source, child(name));
  }

  /** The elements of a required array field. */
  ImmutableList<Element> array(String name) {
    JsonNode value = value(name);
    if (value == null) {
      throw missing(name);
    }
    if (!value.isArray()) {
      throw error("\"" + name + "\" must be an array, got " + value);
    }
    ImmutableList.Builder<Element> elements = ImmutableList.builder();
    for (int i = 0; i < value.size(); i++) {
      elements.add(new Element(value.get(i), source, child(name) + "[" + i + "]"));
    }
    return elements.build();
  }

  InvalidGoldException error(String message) {
    return new InvalidGoldException(source + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  private InvalidGoldException missing(String name) {
    return error("\"" + name + "\" is missing");
  }

  private @Nullable JsonNode value(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** One element of an array field. */
  record Element(JsonNode node, String source, String path) {

    String text() {
      if (!node.isTextual()) {
        throw error("must be a string, got " + node);
      }
      return node.asText();
    }

    GoldFields object() {
      if (!node.isObject()) {
        throw error("must be an object, got " + node);
      }
      return new GoldFields(node, source, path);
    }

    InvalidGoldException error(String message) {
      return new InvalidGoldException(source + ": " + path + ": " + message);
    }
  }
}
