import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { InvitationAcceptSchema, SetupSchema } from "../../../../shared/schemas/index.ts";
import { ApiRequestError } from "../../api/client.ts";
import { serverFieldError, validateFields } from "./fieldErrors.ts";

// Stands in for i18next: the key and its values, so the test sees which message was chosen.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const texts = {
  name: { label: "Full name", required: "Enter your full name" },
  email: { label: "Email address", required: "Enter your email address" },
  password: { label: "Password", required: "Enter your password" },
};

describe("validateFields", () => {
  it("asks for what is missing, and states the shared schema's limits for the rest", () => {
    const errors = validateFields(
      SetupSchema.omit({ token: true }),
      { name: "  ", email: "siti@", password: "pendek" },
      texts,
      t,
    );
    expect(errors.name).toBe("Enter your full name");
    expect(errors.email).toBe("validation.email");
    expect(errors.password).toBe('validation.tooShort {"label":"Password","min":10}');
  });

  it("reports nothing for valid input", () => {
    const values = {
      name: "Siti Rahmawati",
      email: "siti@kemen.go.id",
      password: "panjang-sekali",
    };
    expect(validateFields(SetupSchema.omit({ token: true }), values, texts, t)).toEqual({});
  });

  it("treats an absent optional field made required as missing", () => {
    const errors = validateFields(
      InvitationAcceptSchema.required(),
      { name: undefined, password: undefined },
      { name: texts.name, password: texts.password },
      t,
    );
    expect(errors).toEqual({ name: "Enter your full name", password: "Enter your password" });
  });
});

describe("serverFieldError", () => {
  it("puts the server's message on the field it names, without the field prefix", () => {
    const error = new ApiRequestError(400, {
      id: "invalid_request",
      message: "name: required to create your account",
      field: "name",
    });
    expect(serverFieldError(error, ["name", "password"])).toEqual({
      name: "required to create your account",
    });
  });

  it("leaves errors for fields the form does not have to the form as a whole", () => {
    const error = new ApiRequestError(400, { id: "invalid_request", message: "x", field: "token" });
    expect(serverFieldError(error, ["name"])).toBeNull();
    expect(serverFieldError(new ApiRequestError(500, null), ["name"])).toBeNull();
  });
});
