/** Thrown inside the direct conversions when a value needs class-transformer itself. */
export class NotDirect {}
