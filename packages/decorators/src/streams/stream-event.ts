/**
 * A DynamoDB Streams attribute value as a Lambda event holds it (JSON): binary values are
 * base64 strings. The same shape as `aws-lambda`'s `AttributeValue`, without depending on it.
 */
export interface StreamAttributeValue {
  B?: string | undefined;
  BS?: string[] | undefined;
  BOOL?: boolean | undefined;
  L?: StreamAttributeValue[] | undefined;
  M?: Record<string, StreamAttributeValue> | undefined;
  N?: string | undefined;
  NS?: string[] | undefined;
  NULL?: boolean | undefined;
  S?: string | undefined;
  SS?: string[] | undefined;
}

/** A marshalled item or key in a stream record. */
export type StreamImage = Record<string, StreamAttributeValue>;

/** What a stream record did to its item. */
export type StreamEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

/** One record of a DynamoDB stream, as `aws-lambda`'s `DynamoDBRecord`. */
export interface StreamRecord {
  eventID?: string | undefined;
  eventName?: StreamEventName | undefined;
  eventSourceARN?: string | undefined;
  dynamodb?:
    | {
        Keys?: StreamImage | undefined;
        NewImage?: StreamImage | undefined;
        OldImage?: StreamImage | undefined;
        SequenceNumber?: string | undefined;
        ApproximateCreationDateTime?: number | undefined;
        StreamViewType?: string | undefined;
      }
    | undefined;
}

/** A Lambda function's DynamoDB Streams event, as `aws-lambda`'s `DynamoDBStreamEvent`. */
export interface StreamEvent {
  Records: StreamRecord[];
}
