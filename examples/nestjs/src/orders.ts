import { Body, ConflictException, Controller, Get, Param, Post } from '@nestjs/common';
import { StatusI18nValidationPipe } from '@status-i18n/nestjs';
import { IsEmail, IsInt, IsString, Max, Min, MinLength } from 'class-validator';

/** What a client sends to order: checked by class-validator through Nest's ValidationPipe. */
export class OrderDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(2)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  seats!: number;
}

// Nest's ValidationPipe whose errors point at each field, in the client's language. It is told the DTO
// (`expectedType`): tsx, like esbuild, emits no decorator metadata for Nest to read it from.
const validation = new StatusI18nValidationPipe({ expectedType: OrderDto });

/** The demo's routes: one that succeeds, and the exceptions an API throws. */
@Controller()
export class OrdersController {
  @Get('orders/:id')
  find(@Param('id') id: string): { id: string } {
    if (id === '12') throw new ConflictException('Order 12 was cancelled');
    return { id };
  }

  @Post('orders')
  create(@Body(validation) order: OrderDto): OrderDto {
    return order;
  }

  @Get('crash')
  crash(): never {
    // A 5xx: the client never sees this message, Nest's Logger prints it once.
    throw new Error('connect ECONNREFUSED db.internal:5432');
  }
}
