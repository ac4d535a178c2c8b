"""The intelligent bot's long connection (智能机器人长连接): the second inbound transport.

``frames`` is the protocol (pure); ``client`` holds one WebSocket to the gateway and feeds the
same durable inbox as the HTTP callback edge; ``holder`` makes one process per deployment hold it.
"""
