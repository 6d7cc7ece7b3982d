import { withPublicApi } from '@/lib/auth/guard'
import { handlers } from '@/lib/auth/auth'
import type { NextRequest } from 'next/server'

export const GET = (request: NextRequest) => withPublicApi(() => handlers.GET(request))
export const POST = (request: NextRequest) => withPublicApi(() => handlers.POST(request))
